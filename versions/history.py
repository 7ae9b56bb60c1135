"""Working with a resume's history: name points in it, restore, merge, undo, redo, clean up.

Every operation makes a new current state through resumeopt.resumes.save_document,
so it is itself in the history and can be undone; nothing is ever overwritten.
Operations that replace the whole document take the revision the user saw and
refuse (EditConflict) if another tab changed the resume since.

Undo and redo work on history records alone: each restore, undo or redo record
says which record it brought back (`restored_from`). Undo goes to the state
before the latest change that has not been undone; redo brings back what the
latest undo replaced, as long as nothing else has changed since.

The analysis and the matcher are imported by the two functions that score: the version
views import this module, and every management command's URL checks import the views.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from optimizer import learning
from resumeopt import jsonresume
from resumeopt.models import AuditEntry, Resume
from resumeopt.platform import audit
from resumeopt.resumes import ChangeReason, EditConflict, save_document
from versions.models import Version, VersionSettings

STATE_CHANGES = (ChangeReason.UNDO, ChangeReason.REDO)
# Renaming changes the title, not the document: undo walks the document's states.
NOT_CONTENT = (ChangeReason.RENAME,)
REASON_LABELS = {
    ChangeReason.CREATE: "Created",
    ChangeReason.IMPORT: "Imported",
    ChangeReason.EDIT: "Edited",
    ChangeReason.RENAME: "Renamed",
    ChangeReason.SUGGESTION: "Suggestion applied",
    ChangeReason.AI_SUGGESTION: "AI suggestion applied",
    ChangeReason.RESTORE: "Restored",
    ChangeReason.MERGE: "Merged",
    ChangeReason.UNDO: "Undo",
    ChangeReason.REDO: "Redo",
}


def reason_label(reason: str | None) -> str:
    """What a history record's change reason means on screen ("create: copy of X" -> "Created")."""
    reason = reason or ""
    return REASON_LABELS.get(reason.split(":")[0], reason or "Changed")


def records(resume: Resume):
    """The resume's history, newest first, without loading every document."""
    return resume.history.select_related("history_user").order_by("-history_date", "-history_id")


def record_of(resume: Resume, history_id: int):
    """One history record of this resume, or None."""
    return resume.history.filter(history_id=history_id).first()


def record_at_revision(resume: Resume, revision: int | None):
    """The latest history record of the state the user saw (its revision), else the latest one."""
    found = records(resume)
    if revision is not None:
        seen = found.filter(revision=revision).first()
        if seen is not None:
            return seen
    return found.first()


def name_version(
    resume: Resume, record, *, owner, name: str, note: str = "", target_job=None
) -> Version:
    """Give a point in history a name; its score (and match score for the job) are computed now."""
    from jobs.matching import match_resume
    from optimizer.analysis import analyze

    version = Version(
        owner=owner,
        resume=resume,
        record=record,
        name=name.strip()[:200] or "Unnamed version",
        note=note.strip(),
        target_job=target_job,
        score=analyze(record.content).score,
    )
    if target_job is not None:
        version.match_score = match_resume(record.content, target_job.parsed_requirements()).score
    version.save()
    return version


def restore(
    resume: Resume, record, *, user, expected_revision: int | None, section: str | None = None
) -> Resume:
    """Make an earlier state (or one section of it) the current one, as a new history record."""
    document = restored_document(resume.content, record.content, section)
    return save_document(
        resume,
        document,
        user=user,
        reason=ChangeReason.RESTORE,
        expected_revision=expected_revision,
        restored_from=record.history_id,
    )


def restored_document(
    current: dict[str, Any], earlier: dict[str, Any], section: str | None = None
) -> dict[str, Any]:
    """What restoring would make: the earlier document,
    or the current one with one section from it."""
    if not section:
        return copy.deepcopy(earlier)
    return merged_document(current, earlier, [section])


def merged_document(
    current: dict[str, Any], other: dict[str, Any], sections: list[str]
) -> dict[str, Any]:
    """The current document with the chosen sections taken from another version."""
    document = copy.deepcopy(current)
    for section in sections:
        if section not in jsonresume.SECTIONS:
            raise ValueError(f"unknown section {section}")
        if other.get(section) is None:
            document.pop(section, None)
        else:
            document[section] = copy.deepcopy(other[section])
    return document


def merge(
    resume: Resume, record, sections: list[str], *, user, expected_revision: int | None
) -> Resume:
    """Take the chosen sections from an earlier state
    into the current one, as a new history record."""
    if not sections:
        raise ValueError("choose at least one section to merge")
    document = merged_document(resume.content, record.content, sections)
    return save_document(
        resume,
        document,
        user=user,
        reason=ChangeReason.MERGE,
        expected_revision=expected_revision,
        restored_from=record.history_id,
    )


@dataclass
class _Step:
    history_id: int
    reason: str
    restored_from: int | None


def _steps(resume: Resume, limit: int = 500) -> list[_Step]:
    rows = (
        resume.history.exclude(history_change_reason__in=NOT_CONTENT)
        .order_by("-history_date", "-history_id")
        .values_list("history_id", "history_change_reason", "restored_from")[:limit]
    )
    return [_Step(history_id, reason or "", restored) for history_id, reason, restored in rows]


def _position(steps_by_id: dict[int, _Step], step: _Step) -> _Step:
    """Where a record stands in the edit sequence: an undo
    or redo stands where the state it restored stood."""
    seen = set()
    while (
        step.reason in STATE_CHANGES
        and step.restored_from in steps_by_id
        and step.history_id not in seen
    ):
        seen.add(step.history_id)
        step = steps_by_id[step.restored_from]
    return step


def _undo_target(steps: list[_Step]) -> int | None:
    if len(steps) < 2:
        return None
    by_id = {step.history_id: step for step in steps}
    order = [step.history_id for step in reversed(steps)]  # oldest first
    position = _position(by_id, steps[0])
    index = order.index(position.history_id)
    if index == 0:
        return None
    return _position(by_id, by_id[order[index - 1]]).history_id


def _redo_target(steps: list[_Step]) -> int | None:
    pending_redos = 0
    for index, step in enumerate(steps):
        if step.reason == ChangeReason.REDO:
            pending_redos += 1
        elif step.reason == ChangeReason.UNDO:
            if pending_redos == 0:
                # Redo brings back the state this undo replaced: the record just before it.
                return steps[index + 1].history_id if index + 1 < len(steps) else None
            pending_redos -= 1
        else:
            return None
    return None


class NothingToStep(EditConflict):
    """Undo with no change left to undo, or redo with no undo to bring back; nothing was saved."""


def can_undo(resume: Resume) -> bool:
    return _undo_target(_steps(resume)) is not None


def can_redo(resume: Resume) -> bool:
    return _redo_target(_steps(resume)) is not None


def _step_to(
    resume: Resume, target_id: int | None, *, user, reason: str, expected_revision: int | None
) -> Resume:
    if target_id is None:
        raise NothingToStep(
            resume, "There is nothing to " + ("undo." if reason == ChangeReason.UNDO else "redo.")
        )
    record = record_of(resume, target_id)
    return save_document(
        resume,
        copy.deepcopy(record.content),
        user=user,
        reason=reason,
        expected_revision=expected_revision,
        restored_from=target_id,
    )


def undo(resume: Resume, *, user, expected_revision: int | None = None) -> Resume:
    """Go back to the state before the latest change that has not been undone.

    Undoing an applied suggestion soon after applying it tells the preference
    model the user did not want it after all.
    """
    with transaction.atomic():
        steps = _steps(resume)
        target = _undo_target(steps)
        undone = _position({step.history_id: step for step in steps}, steps[0]) if steps else None
        _step_to(
            resume,
            target,
            user=user,
            reason=ChangeReason.UNDO,
            expected_revision=expected_revision,
        )
    if undone is not None:
        learning.record_undo(user, undone.history_id)
    return resume


def redo(resume: Resume, *, user, expected_revision: int | None = None) -> Resume:
    """Bring back what the latest undo replaced (only until another change is made)."""
    with transaction.atomic():
        return _step_to(
            resume,
            _redo_target(_steps(resume)),
            user=user,
            reason=ChangeReason.REDO,
            expected_revision=expected_revision,
        )


@dataclass
class Impact:
    score_before: int
    score_after: int
    fixed: list = field(default_factory=list)
    introduced: list = field(default_factory=list)
    keywords_gained: list[str] = field(default_factory=list)
    keywords_lost: list[str] = field(default_factory=list)
    match_before: int | None = None
    match_after: int | None = None

    @property
    def delta(self) -> int:
        return self.score_after - self.score_before


def impact(old: dict[str, Any], new: dict[str, Any], target_job=None) -> Impact:
    """What going from `old` to `new` did: score, findings, and the target job's keywords."""
    from jobs.matching import match_profile, profile_of
    from optimizer.analysis import compare as compare_findings

    change = compare_findings(old, new)
    result = Impact(change.score_before, change.score_after, change.fixed, change.introduced)
    if target_job is not None:
        requirements = target_job.parsed_requirements()
        wanted = set(requirements.unique_skills())
        before, after = profile_of(old), profile_of(new)
        had = {name for name in wanted if name in before.occurrences}
        has = {name for name in wanted if name in after.occurrences}
        result.keywords_gained = sorted(has - had)
        result.keywords_lost = sorted(had - has)
        result.match_before = match_profile(before, requirements).score
        result.match_after = match_profile(after, requirements).score
    return result


def delete_versions(resume: Resume, ids: list[int], *, user) -> int:
    """Delete named versions of this resume (kept as tombstones, so old links say so); audited."""
    with transaction.atomic():
        chosen = list(
            Version.objects.select_for_update()
            .filter(resume=resume, owner=user, pk__in=ids, deleted_at__isnull=True)
            .only("pk")
        )
        Version.objects.filter(pk__in=[v.pk for v in chosen]).update(deleted_at=timezone.now())
        for version in chosen:
            audit.record(AuditEntry.Action.VERSION_DELETE, user=user, obj=version)
    return len(chosen)


def cleanup_plan(resume: Resume, keep_unnamed: int | None = None) -> list[int]:
    """History ids that the cleanup policy would delete: all but the named versions'
    records, the current state and the latest `keep_unnamed` others."""
    keep = VersionSettings.keep_for(resume.owner) if keep_unnamed is None else keep_unnamed
    named = set(
        Version.objects.filter(
            resume=resume, deleted_at__isnull=True, record__isnull=False
        ).values_list("record_id", flat=True)
    )
    ids = list(
        resume.history.order_by("-history_date", "-history_id").values_list("history_id", flat=True)
    )
    unnamed = [history_id for history_id in ids[1:] if history_id not in named]
    return unnamed[keep:]


def clean_up(resume: Resume, keep_unnamed: int | None = None) -> int:
    """Apply the cleanup policy; returns how many history records were deleted."""
    doomed = cleanup_plan(resume, keep_unnamed)
    if doomed:
        resume.history.filter(history_id__in=doomed).delete()
    return len(doomed)
