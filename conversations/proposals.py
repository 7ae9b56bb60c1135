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

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

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


FENCE_RE = re.compile(r"```(?:json)?\s*(\[.*?\])\s*```", re.DOTALL | re.IGNORECASE)
CLOSEST_ORIGINAL = 0.75  # how alike a paraphrased "original" must be to the text it stands for


def _find_block(text: str) -> tuple[str, str, str] | None:
    """(before, raw JSON, after) of the reply's proposals: a <proposals> block (its JSON possibly
    inside a ```json fence), or else a fenced JSON array of edits; None if there is neither."""
    if START in text:
        before, rest = text.split(START, 1)
        raw, _, after = rest.partition(END)
        fenced = FENCE_RE.search(raw)
        return before, (fenced[1] if fenced else raw).strip(), after
    for fenced in FENCE_RE.finditer(text):
        if re.search(r'"path"\s*:', fenced[1]) and re.search(r'"replacement"\s*:', fenced[1]):
            return text[: fenced.start()], fenced[1], text[fenced.end() :]
    return None


def parse_reply(
    text: str, document: dict[str, Any], section_path: str, *, job_text: str = ""
) -> ParsedReply:
    """Split a finished reply into what to show and the proposals worth offering.

    Models do not always follow the format to the letter, so the reading is tolerant: a
    block in ```json fences is accepted, text after the block is kept, only the first
    ten proposals are taken (and the user is told), and an "original" the model
    paraphrased is matched to the closest text of the section.
    """
    # Imported here: the guard loads with its patterns, which the management commands'
    # URL checks, importing this module, do not need (long-running processes preload it).
    from conversations.guard import fabrication_warnings

    found = _find_block(text)
    if found is None:
        return ParsedReply(text.strip(), [], [])
    before, raw, after = found
    visible = "\n\n".join(part.strip() for part in (before, after) if part.strip())
    try:
        items = loads_limited(raw)
    except ValueError:  # not JSON, or nested too deep to read safely
        shown = f"{visible}\n\n{raw}".strip()
        return ParsedReply(
            shown,
            [],
            [
                "The assistant's proposals were not valid JSON, so they are shown as text "
                "and nothing can be applied."
            ],
        )
    problems = []
    limit = PROPOSALS_SCHEMA["maxItems"]
    if isinstance(items, list) and len(items) > limit:
        problems.append(
            f"The assistant proposed {len(items)} changes; the first {limit} are shown."
        )
        items = items[:limit]
    # Imported here: jsonschema costs 60 ms to import and every URL check imports this module.
    from jsonschema import Draft7Validator

    errors = list(Draft7Validator(PROPOSALS_SCHEMA).iter_errors(items))
    if errors:
        shown = f"{visible}\n\n{raw}".strip()
        return ParsedReply(
            shown,
            [],
            [
                "The assistant's proposals did not follow the expected format "
                f"({errors[0].message}); nothing can be applied."
            ],
        )
    edits = []
    for item in items:
        path, original = item["path"], item["original"]
        problem = check_edit(path, original, document, section_path)
        if problem and ("quoted text" in problem or "not a text" in problem):
            closest = closest_text(original, document, section_path)
            if closest:
                (path, original), problem = closest, ""
        if problem:
            problems.append(problem)
            continue
        edit = ProposedEdit(path, original, item["replacement"], item.get("rationale", ""))
        edit.warnings = fabrication_warnings(edit.original, edit.replacement, document, job_text)
        edits.append(edit)
    return ParsedReply(visible, edits, problems)


def section_texts(document: dict[str, Any], section_path: str) -> list[tuple[str, str]]:
    """(path, text) of every text inside a section."""
    found = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, str):
            found.append((path, value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}/{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{path}/{index}")

    walk(jsonresume.get_at(document, section_path), section_path.rstrip("/"))
    return found


def closest_text(
    original: str, document: dict[str, Any], section_path: str
) -> tuple[str, str] | None:
    """The section's text a paraphrased "original" stands for, if one is close enough."""
    wanted = " ".join(original.lower().split())
    best, best_ratio = None, CLOSEST_ORIGINAL
    for path, text in section_texts(document, section_path):
        ratio = SequenceMatcher(None, wanted, " ".join(text.lower().split())).ratio()
        if ratio >= best_ratio:
            best, best_ratio = (path, text), ratio
    return best


def check_edit(path: str, original: str, document: dict[str, Any], section_path: str) -> str:
    """Why a proposed edit cannot be offered, or "" if it can."""
    inside = path == section_path or path.startswith(section_path.rstrip("/") + "/")
    if not inside:
        return f"A proposal for “{path}” was outside this section and was left out."
    current = jsonresume.get_at(document, path)
    if not isinstance(current, str):
        return (
            f"A proposal pointed at “{path}”, which is not a text in this section, and was left "
            "out."
        )
    if current.strip() != original.strip():
        return f"A proposal for “{path}” quoted text that is not in the resume, and was left out."
    return ""


def apply_proposal(proposal, *, user, replacement: str | None = None):
    """Save the proposal (or the user's edited version of it) with reason "AI suggestion".

    Raises EditConflict if the text at its path is no longer the original.
    """
    value = proposal.chosen_text(replacement)
    save_at(
        proposal.resume,
        proposal.path,
        value,
        user=user,
        reason=ChangeReason.AI_SUGGESTION,
        expected=proposal.original,
    )
    proposal.decide(proposal.Status.APPLIED, applied_value=value)
    # Other choices for the same text no longer fit; they were not rejected, just not chosen.
    alternatives(proposal).update(status=proposal.Status.SUPERSEDED, decided_at=proposal.decided_at)
    kind = (
        SuggestionEvent.Kind.APPLIED
        if value == proposal.replacement
        else SuggestionEvent.Kind.EDITED
    )
    learning.record_decision(
        user,
        kind,
        f"proposal:{proposal.pk}",
        learning.candidate_of_proposal(proposal),
        resume=proposal.resume,
        history_id=proposal.resume.history.values_list("history_id", flat=True).first(),
    )
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
    proposal.decide(proposal.Status.REJECTED)
    learning.record_decision(
        proposal.owner,
        SuggestionEvent.Kind.REJECTED,
        f"proposal:{proposal.pk}",
        learning.candidate_of_proposal(proposal),
        resume=proposal.resume,
    )
    return proposal


def undo_proposal(proposal, *, user):
    """Put the original text back, if nothing has changed it since the proposal was applied."""
    if proposal.status != proposal.Status.APPLIED:
        raise EditConflict(proposal.resume, "Only an applied proposal can be undone.")
    applied = SuggestionEvent.objects.filter(
        owner=user, suggestion_key=f"proposal:{proposal.pk}", history_id__isnull=False
    ).first()
    save_at(
        proposal.resume,
        proposal.path,
        proposal.original,
        user=user,
        reason=ChangeReason.UNDO,
        expected=proposal.applied_value,
    )
    # The choices this one pushed aside fit the text again: offer them again.
    type(proposal).objects.filter(
        resume_id=proposal.resume_id,
        path=proposal.path,
        original=proposal.original,
        status=proposal.Status.SUPERSEDED,
        decided_at=proposal.decided_at,
    ).update(status=proposal.Status.PENDING, decided_at=None)
    proposal.decide(proposal.Status.UNDONE)
    if applied is not None:
        learning.record_undo(user, applied.history_id)
    return proposal
