"""Edit proposals: read them from a reply, check them, guard against invented facts, apply them.

The model is asked to end its reply with a <proposals> JSON block (schema below).
A block that is not valid JSON or breaks the schema is shown as text and
nothing is applied. Each proposal must point at a text inside the section the
conversation is about, and its original must be what the resume says now.

The fact guard (conversations/guard.py) flags a proposal that claims figures,
names, skills, dates or degrees the resume does not show, including ones only the
target job gives: the user sees "this adds a figure you have not given: check it
is true" before applying.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone
from jsonschema import Draft7Validator

from conversations.guard import fabrication_warnings
from optimizer import learning
from optimizer.models import SuggestionEvent
from resumeopt import jsonresume
from resumeopt.jsonlimits import loads_limited
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
        items = loads_limited(raw)
    except ValueError:  # not JSON, or nested too deep to read safely
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
